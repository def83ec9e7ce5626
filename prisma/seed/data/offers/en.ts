import type { OfferText } from "./types";

// English offers: hosts in Ireland, Malta, Poland, the Nordics, Italy, Greece, Türkiye, and the
// KA107 / non-programme hosts (CH, UA, GE, US), which recruit in English.
export const EN_OFFERS: readonly OfferText[] = [
  {
    key: "en-01",
    language: "en",
    kind: "dot",
    title: "Junior Full-Stack Developer Trainee (TypeScript/React)",
    description:
      "{host} is looking for a trainee who wants to ship real features. In {city} you join a cross-functional squad " +
      "of six developers, a designer and a product owner, with a senior developer as your mentor.",
    tasks: [
      "Develop new front-end features in React and TypeScript",
      "Build and document REST APIs in Node.js with PostgreSQL",
      "Write unit and end-to-end tests and fix the bugs they find",
      "Take part in code reviews, sprint planning and retrospectives",
      "Deploy your work through our GitHub Actions CI/CD pipeline",
    ],
    skills: ["JavaScript or TypeScript", "HTML and CSS", "Git", "Basic SQL"],
    categories: ["software-development"],
    languages: [["en", "B2"]],
    hosts: ["host-026", "host-029", "host-039"],
    months: [3, 6],
  },
  {
    key: "en-02",
    language: "en",
    kind: "dot",
    title: "Data Analyst Trainee (Power BI & Python)",
    description:
      "Help {host} make better decisions with data. You will work with our analytics team in {city} on real " +
      "operational data sets and present your findings to the people who use them.",
    tasks: [
      "Clean, join and analyse operational data sets with Python (pandas) and SQL",
      "Build and maintain Power BI dashboards for management and field teams",
      "Run statistical analyses and explain trends and anomalies in the data",
      "Automate monthly reporting with scheduled Python scripts",
      "Document data sources and definitions in our data catalogue",
    ],
    skills: ["Python (pandas)", "SQL", "Power BI or Tableau", "Statistics"],
    categories: ["data-analytics"],
    languages: [["en", "B2"]],
    hosts: ["host-031", "host-032", "host-027"],
    months: [4, 6],
  },
  {
    key: "en-03",
    language: "en",
    kind: "dot",
    title: "Cloud & DevOps Engineering Intern (AWS, Terraform)",
    description:
      "Our platform team in {city} runs the cloud infrastructure behind {host}'s customer projects. As an intern you " +
      "automate it with us, from infrastructure as code to monitoring.",
    tasks: [
      "Provision and manage cloud infrastructure on AWS with Terraform",
      "Maintain Linux servers, Docker containers and our Kubernetes clusters",
      "Set up monitoring and alerting with Prometheus and Grafana",
      "Manage user accounts and access rights in Azure Active Directory",
      "Write runbooks and improve our backup and recovery procedures",
    ],
    skills: ["Linux command line", "Networking basics (TCP/IP, DNS)", "Scripting in Bash or Python", "Docker"],
    categories: ["it-systems", "software-development"],
    languages: [["en", "B2"]],
    hosts: ["host-026", "host-038", "host-040"],
    workMode: "HYBRID",
    months: [4, 6],
  },
  {
    key: "en-04",
    language: "en",
    kind: "dot",
    title: "Cybersecurity Analyst Intern (Security Operations Centre)",
    description:
      "Join the security operations centre of {host} in {city} and learn how threats are detected and handled " +
      "in a regulated environment, with a certified analyst as your mentor.",
    tasks: [
      "Monitor security alerts in our SIEM and triage incidents with the SOC team",
      "Run vulnerability scans and follow up on remediation with system owners",
      "Take part in incident response exercises and write post-incident reports",
      "Support internal security audits against ISO 27001 controls",
      "Help run phishing awareness campaigns for staff",
    ],
    skills: ["Networking and operating-system fundamentals", "Interest in information security", "Python or PowerShell basics"],
    categories: ["cybersecurity"],
    languages: [["en", "B2"]],
    hosts: ["host-042", "host-029", "host-037"],
    months: [4, 6],
  },
  {
    key: "en-05",
    language: "en",
    kind: "dot",
    title: "Machine Learning Engineering Intern (Computer Vision)",
    description:
      "{host} builds products that see. In {city} you will work with our ML engineers on the models that detect " +
      "defects and objects in camera images, from data to deployment.",
    tasks: [
      "Train and evaluate deep-learning models for object detection with PyTorch",
      "Prepare and label image data sets and manage them with DVC",
      "Optimise models for edge devices and measure accuracy and speed",
      "Integrate models into our Python inference service",
      "Present experiment results in our weekly research meeting",
    ],
    skills: ["Python", "Machine learning fundamentals", "PyTorch or TensorFlow", "Linear algebra"],
    categories: ["robotics-ai"],
    languages: [["en", "C1"]],
    hosts: ["host-035", "host-031", "host-033"],
    months: [5, 6],
  },
  {
    key: "en-06",
    language: "en",
    kind: "dot",
    title: "UX/UI Design Trainee (Figma)",
    description:
      "Design the screens thousands of people use every day. At {host} in {city} you will work with a senior " +
      "product designer on research, wireframes and a growing design system.",
    tasks: [
      "Design user interfaces and interactive prototypes in Figma",
      "Maintain and extend our design system components",
      "Run usability tests with users and turn findings into design changes",
      "Create illustrations and icons for web and mobile apps",
      "Hand over designs to developers and review the implemented screens",
    ],
    skills: ["Figma", "Portfolio of UI or graphic design work", "Basic knowledge of accessibility"],
    categories: ["digital-design"],
    languages: [["en", "B2"]],
    hosts: ["host-028", "host-033", "host-043"],
    months: [3, 6],
  },
  {
    key: "en-07",
    language: "en",
    kind: "dot",
    title: "Digital Marketing Trainee (SEO & Social Media)",
    description:
      "Help {host} reach new audiences online. You will plan and run campaigns with our small marketing team in " +
      "{city} and see the results in the numbers every week.",
    tasks: [
      "Plan and publish content for our social media channels (Instagram, LinkedIn, TikTok)",
      "Carry out keyword research and on-page SEO for our websites",
      "Set up and optimise Google Ads and Meta online campaigns",
      "Build e-mail newsletters and analyse opening and click rates",
      "Report on web analytics in Google Analytics 4",
    ],
    skills: ["Social media", "Copywriting in English", "Google Analytics (basic)", "Canva or Adobe Express"],
    categories: ["digital-marketing"],
    languages: [["en", "C1"]],
    hosts: ["host-043", "host-028", "host-030"],
    months: [3, 5],
  },
  {
    key: "en-08",
    language: "en",
    kind: "dot",
    title: "Game Developer Intern (Unity/C#)",
    description:
      "{host} is a small studio in {city} where interns work on games that ship. You will join a feature team and " +
      "own gameplay features from prototype to release.",
    tasks: [
      "Develop gameplay features in Unity using C#",
      "Fix bugs and improve the performance of our mobile games",
      "Write editor tools and scripts that speed up level design",
      "Integrate analytics events and test new builds on Android and iOS",
    ],
    skills: ["C# or C++", "Unity", "Git", "A portfolio or game-jam project"],
    categories: ["software-development"],
    languages: [["en", "B2"]],
    hosts: ["host-028", "host-040", "host-037"],
    months: [4, 6],
  },
  {
    key: "en-09",
    language: "en",
    kind: "mixed",
    title: "IT Support & Network Administration Trainee",
    description:
      "Keep {host} running. In {city} you join a small IT team that looks after 400 users, their laptops, the " +
      "network and a growing set of cloud services.",
    tasks: [
      "Answer staff questions by phone and e-mail at the IT service desk",
      "Install and configure laptops, printers and Wi-Fi access points",
      "Maintain the network switches and firewall rules with the network administrator",
      "Create and manage user accounts in Active Directory and Microsoft 365",
      "Keep the hardware inventory up to date",
    ],
    skills: ["Windows and macOS", "Networking basics", "Customer-friendly attitude"],
    categories: ["it-systems"],
    languages: [["en", "B2"]],
    hosts: ["host-030", "host-041", "host-027"],
    workMode: "ON_SITE",
    months: [3, 6],
  },
  {
    key: "en-10",
    language: "en",
    kind: "dot",
    title: "Data Analytics Trainee – Programme Statistics",
    description:
      "{host} publishes statistics on thousands of projects every year. In {city} you will help the monitoring team " +
      "turn raw project data into dashboards and reports.",
    tasks: [
      "Analyse project and participant data sets with Python and SQL",
      "Build interactive dashboards in Power BI for the monitoring team",
      "Check data quality and document the data model",
      "Prepare statistical tables and charts for annual reports",
    ],
    skills: ["Python or R", "SQL", "Power BI", "Attention to detail"],
    categories: ["data-analytics"],
    languages: [
      ["en", "C1"],
      ["fr", "B1"],
    ],
    hosts: ["host-007", "host-015", "host-041"],
    months: [5, 6],
  },
  {
    key: "en-11",
    language: "en",
    kind: "non-dot",
    title: "Customer Support Trainee (English-speaking markets)",
    description:
      "Be the friendly voice of {host}. From our office in {city} you help customers from the UK and Ireland with " +
      "their questions about orders, accounts and invoices.",
    tasks: [
      "Answer customer questions by phone, e-mail and live chat",
      "Handle complaints and follow up until they are solved",
      "Register customer requests in our ticketing system",
      "Escalate technical issues to the second-line team",
    ],
    skills: ["Fluent English", "Patience and empathy", "Basic computer skills"],
    categories: ["it-systems"],
    languages: [["en", "C1"]],
    hosts: ["host-042", "host-026", "host-040"],
    workMode: "ON_SITE",
    months: [3, 6],
  },
  {
    key: "en-12",
    language: "en",
    kind: "non-dot",
    title: "Office & Data Entry Assistant (Excel)",
    description: "Support the back office of {host} in {city}. You will keep our records accurate and help the team with the " + "daily administration.",
    tasks: [
      "Enter supplier invoices and customer records into Excel spreadsheets",
      "Type in and update contact details in our database",
      "File and archive contracts and correspondence",
      "Schedule meetings and manage the shared calendar",
      "Prepare simple letters in Word",
    ],
    skills: ["Microsoft Excel", "Accuracy", "Organisational skills"],
    categories: ["data-analytics"],
    languages: [["en", "B2"]],
    hosts: ["host-027", "host-043", "host-029"],
    workMode: "ON_SITE",
    months: [2, 4],
  },
  {
    key: "en-13",
    language: "en",
    kind: "vague",
    title: "Communications & Partnerships Trainee",
    description:
      "{host} is growing fast and wants to tell its story better. In {city} you will work closely with the founders " +
      "on how we present ourselves to partners, customers and the press.",
    tasks: [
      "Support the growth team with projects for our partners",
      "Prepare weekly summaries for the management team",
      "Take part in client meetings and internal workshops",
      "Help organise our presence at trade fairs and events",
    ],
    skills: ["Excellent written English", "Curiosity", "Team spirit"],
    categories: ["digital-marketing"],
    languages: [["en", "C1"]],
    hosts: ["host-028", "host-041", "host-031"],
    workMode: "HYBRID",
    months: [3, 6],
  },
  {
    key: "en-14",
    language: "en",
    kind: "dot",
    title: "Robotics Software Intern (ROS 2)",
    description:
      "Work on robots that leave the lab. {host} develops autonomous machines in {city}; as an intern you join the " +
      "navigation and perception team and test your code on real hardware.",
    tasks: [
      "Program robot behaviours in C++ and Python with ROS 2",
      "Develop and test path-planning and localisation algorithms in simulation (Gazebo)",
      "Train and evaluate perception models on sensor data",
      "Run field tests with the robots and analyse the logs",
      "Document your software and present it to the team",
    ],
    skills: ["C++ or Python", "ROS or ROS 2", "Linux", "Robotics or control theory coursework"],
    categories: ["robotics-ai", "software-development"],
    languages: [["en", "B2"]],
    hosts: ["host-035", "host-013", "host-024"],
    months: [5, 6],
  },
];
