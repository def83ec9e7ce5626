// Skills pools per ISCED-F 2013 detailed field (docs/domain.md §6); each participant gets a seeded
// selection of their field's pool, one skill per line as ParticipantProfile.skills expects.
export const SKILLS_BY_FIELD: Readonly<Record<string, readonly string[]>> = {
  "0114": ["Lesson planning", "Digital learning tools (Moodle)", "Classroom management", "Educational video production"],
  "0211": ["Adobe Premiere Pro", "Photography", "Motion graphics (After Effects)", "Storyboarding", "Figma"],
  "0311": ["Econometrics", "Stata", "Excel (advanced)", "Python (pandas)", "Report writing"],
  "0411": ["Bookkeeping", "Excel (advanced)", "SAP FI", "Financial reporting"],
  "0413": ["Project management", "Business process modelling (BPMN)", "Power BI", "SQL", "Presentation skills"],
  "0414": ["Social media marketing", "SEO", "Google Analytics", "Copywriting", "Canva", "Market research"],
  "0541": ["Linear algebra", "Python", "R", "Optimisation", "LaTeX"],
  "0542": ["Python (pandas, scikit-learn)", "R", "SQL", "Power BI", "Statistical modelling", "Tableau"],
  "0611": ["Windows and macOS support", "Microsoft 365 administration", "Networking basics", "Excel"],
  "0612": ["SQL", "Linux administration", "Networking (Cisco CCNA)", "Docker", "PostgreSQL", "Bash scripting"],
  "0613": ["Python", "Java", "TypeScript", "React", "Git", "SQL", "Docker", "C#", "Node.js", "Unit testing"],
  "0688": ["Python", "Data visualisation", "UX research", "Figma", "SQL"],
  "0714": ["C++", "ROS", "MATLAB/Simulink", "PLC programming", "Computer vision (OpenCV)", "Python"],
  "0715": ["SolidWorks", "CATIA", "FEM simulation (ANSYS)", "3D printing", "Technical drawing"],
  "0731": ["Revit", "ArchiCAD", "AutoCAD", "Rhino/Grasshopper", "3D visualisation (Lumion)", "Hand sketching"],
  "0732": ["Revit", "AutoCAD", "Navisworks", "Structural analysis", "BIM coordination", "Dynamo"],
};
