import type { OfferText } from "./types";

// More English offers: hosts in the Baltics, Slovakia, Slovenia, Croatia, Bulgaria and Cyprus, who
// advertise in English to reach trainees from abroad. Appended after the other languages (ids!).
export const EN_MORE_OFFERS: readonly OfferText[] = [
  {
    key: "en-15", language: "en", kind: "dot",
    title: "Backend Developer Intern (Go)",
    description:
      "In {city} you join one of the backend teams of {host} and ship code to production during your " +
      "traineeship, with a senior developer as your buddy.",
    tasks: [
      "Develop backend services in Go and PostgreSQL",
      "Design and document REST and gRPC APIs",
      "Write unit and integration tests",
      "Take part in code reviews and sprint planning",
    ],
    skills: ["Go, Java or Python", "SQL", "Git"],
    categories: ["software-development"],
    languages: [["en", "B2"]],
    hosts: ["host-067", "host-073"],
    months: [4, 6],
  },
  {
    key: "en-16", language: "en", kind: "dot",
    title: "Junior Data Analyst Traineeship",
    description:
      "At {host} in {city} you help our analytics team turn sales, stock and shipping data into forecasts " +
      "that our clients use every week.",
    tasks: [
      "Clean and analyse data with Python and SQL",
      "Build and maintain dashboards in Power BI",
      "Support the team in building demand-forecasting models",
      "Present findings to client teams",
    ],
    skills: ["Python or R", "SQL", "Statistics", "Power BI or Tableau"],
    categories: ["data-analytics"],
    languages: [["en", "B2"]],
    hosts: ["host-068", "host-074"],
    months: [4, 6],
  },
  {
    key: "en-17", language: "en", kind: "dot",
    title: "Software Engineering Intern (Payments)",
    description:
      "Money moves through our code every second. At {host} in {city} you work on the payment platform with a " +
      "senior engineer as your mentor.",
    tasks: [
      "Implement features in Kotlin and Spring Boot",
      "Write automated tests for payment flows",
      "Build internal tools that automate compliance checks",
      "Fix bugs and take part in code reviews",
    ],
    skills: ["Java or Kotlin", "SQL", "Git", "Attention to detail"],
    categories: ["software-development"],
    languages: [["en", "B2"]],
    hosts: ["host-069"],
    months: [4, 6],
  },
  {
    key: "en-18", language: "en", kind: "dot",
    title: "Cloud & Network Operations Trainee",
    description:
      "{host} keeps its clients' systems running around the clock. In {city} you join the operations team " +
      "and learn how modern infrastructure is run.",
    tasks: [
      "Administer Linux servers and Kubernetes clusters",
      "Configure network equipment, VPNs and firewalls",
      "Set up monitoring, alerting and backups",
      "Automate routine work with Ansible and Bash",
      "Keep the technical documentation up to date",
    ],
    skills: ["Linux", "Networking basics", "Bash or Python"],
    categories: ["it-systems"],
    languages: [["en", "B2"]],
    hosts: ["host-070", "host-067", "host-073"],
    months: [3, 6],
  },
  {
    key: "en-19", language: "en", kind: "dot",
    title: "UX/UI Design Intern",
    description:
      "In {city} you work with the designers of {host}, from the first user interview to the final " +
      "screens.",
    tasks: [
      "Create wireframes and interactive prototypes in Figma",
      "Design interfaces for mobile apps and websites",
      "Run usability tests with users",
      "Contribute to our design system",
    ],
    skills: ["Figma", "A portfolio", "Basic knowledge of accessibility"],
    categories: ["digital-design"],
    languages: [["en", "B2"]],
    hosts: ["host-071", "host-069"],
    months: [3, 6],
  },
  {
    key: "en-20", language: "en", kind: "dot",
    title: "Computer Vision Intern (Underwater Drones)",
    description:
      "Our drones inspect fish farms and harbour walls where divers cannot easily go. At {host} in {city} you " +
      "help them see better.",
    tasks: [
      "Train and evaluate neural networks for object detection on underwater video",
      "Develop image-processing algorithms in Python and OpenCV",
      "Integrate models on the drone's embedded computer (ROS 2)",
      "Prepare and label image datasets",
    ],
    skills: ["Python", "Machine-learning basics", "C++ is a plus"],
    categories: ["robotics-ai"],
    languages: [["en", "B2"]],
    hosts: ["host-072"],
    months: [4, 6],
  },
  {
    key: "en-21", language: "en", kind: "mixed",
    title: "Marketing & Office Assistant Intern",
    description:
      "A varied traineeship in a small team: half of your time you support our marketing, the other half you " +
      "keep the office in {city} running. {host} welcomes students of business, communication and marketing.",
    tasks: [
      "Update the website in WordPress and write posts for LinkedIn",
      "Track campaign results in Google Analytics",
      "Welcome visitors and answer the phone",
      "Book travel and organise meetings for the management team",
    ],
    skills: ["Excellent written English", "MS Office", "Organisational skills"],
    categories: ["digital-marketing"],
    languages: [["en", "C1"]],
    hosts: ["host-074", "host-068"],
    months: [3, 5],
  },
];
