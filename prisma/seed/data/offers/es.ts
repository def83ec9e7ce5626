import type { OfferText } from "./types";

// Spanish offers: hosts in Sevilla, València, Barcelona, Málaga, Bilbao and Madrid.
export const ES_OFFERS: readonly OfferText[] = [
  {
    key: "es-01", language: "es", kind: "dot",
    title: "Prácticas Desarrollo de Software (Java/Spring)",
    description:
      "En {host} ({city}) formarás parte de un equipo que desarrolla aplicaciones para clientes del sector público y " +
      "agroalimentario, con un tutor que revisará tu código.",
    tasks: [
      "Desarrollar nuevas funcionalidades en Java con Spring Boot",
      "Programar interfaces web con Angular",
      "Escribir pruebas unitarias y corregir errores",
      "Participar en las revisiones de código y reuniones ágiles",
    ],
    skills: ["Java", "Programación orientada a objetos", "Git", "SQL"],
    categories: ["software-development"],
    languages: [["es", "B2"]],
    hosts: ["host-022", "host-024", "host-046"],
    months: [4, 6],
  },
  {
    key: "es-02", language: "es", kind: "dot",
    title: "Prácticas Análisis de Datos y Business Intelligence",
    description:
      "¿Te gustan los datos? En {host} ({city}) ayudarás a transformar datos en información útil para la toma de " +
      "decisiones.",
    tasks: [
      "Analizar datos con Python y SQL",
      "Crear cuadros de mando en Power BI",
      "Realizar análisis estadísticos y presentar los resultados",
      "Automatizar informes periódicos",
    ],
    skills: ["Python o R", "SQL", "Power BI", "Estadística"],
    categories: ["data-analytics"],
    languages: [["es", "B2"]],
    hosts: ["host-022", "host-023", "host-046"],
    months: [4, 6],
  },
  {
    key: "es-03", language: "es", kind: "dot",
    title: "Prácticas Marketing Digital (SEO, SEM y redes sociales)",
    description:
      "Únete a {host} en {city} y aprende marketing digital trabajando en campañas reales para nuestros clientes.",
    tasks: [
      "Crear y programar contenido para redes sociales",
      "Realizar el posicionamiento SEO de páginas web",
      "Gestionar campañas de Google Ads y Meta Ads",
      "Analizar resultados con Google Analytics y preparar informes",
    ],
    skills: ["Redes sociales", "Redacción", "Google Analytics (básico)"],
    categories: ["digital-marketing"],
    languages: [["es", "C1"]],
    hosts: ["host-023", "host-025", "host-046"],
    months: [3, 6],
  },
  {
    key: "es-04", language: "es", kind: "dot",
    title: "Prácticas Diseño UX/UI",
    description:
      "En {host} ({city}) diseñarás productos digitales centrados en las personas, junto a nuestro equipo de diseño.",
    tasks: [
      "Diseñar interfaces y prototipos en Figma",
      "Realizar pruebas de usabilidad con usuarios",
      "Mantener el sistema de diseño",
      "Crear ilustraciones para web y aplicaciones móviles",
    ],
    skills: ["Figma", "Portfolio", "Conocimientos de accesibilidad"],
    categories: ["digital-design"],
    languages: [["es", "B2"]],
    hosts: ["host-023", "host-022"],
    months: [3, 6],
  },
  {
    key: "es-05", language: "es", kind: "dot",
    title: "Prácticas Modelado BIM (Revit)",
    description:
      "En {host} ({city}) trabajarás en proyectos de estructuras e instalaciones desarrollados íntegramente en BIM.",
    tasks: [
      "Modelar estructuras e instalaciones en Revit",
      "Elaborar planos a partir del modelo BIM",
      "Detectar interferencias con Navisworks",
      "Preparar renders para presentaciones",
    ],
    skills: ["Revit", "AutoCAD", "Estudios de ingeniería o arquitectura"],
    categories: ["digital-design"],
    languages: [["es", "B2"]],
    hosts: ["host-047"],
    workMode: "ON_SITE",
    months: [4, 6],
  },
  {
    key: "es-06", language: "es", kind: "dot",
    title: "Prácticas Robótica e Inteligencia Artificial",
    description:
      "{host} fabrica en {city} robots móviles autónomos. Trabajarás con el equipo de percepción en algoritmos que se " +
      "prueban en robots reales.",
    tasks: [
      "Programar robots móviles con ROS 2",
      "Entrenar y evaluar modelos de aprendizaje automático para visión artificial",
      "Desarrollar algoritmos de navegación en C++ y Python",
      "Analizar los datos de las pruebas de campo",
    ],
    skills: ["C++ o Python", "ROS", "Aprendizaje automático"],
    categories: ["robotics-ai"],
    languages: [["es", "B2"], ["en", "B2"]],
    hosts: ["host-024", "host-022"],
    months: [5, 6],
  },
  {
    key: "es-07", language: "es", kind: "dot",
    title: "Prácticas Ciberseguridad",
    description:
      "En {host} ({city}) aprenderás a proteger sistemas reales junto a nuestro equipo de seguridad.",
    tasks: [
      "Realizar análisis de vulnerabilidades y pruebas de penetración",
      "Monitorizar eventos de seguridad en el SIEM",
      "Participar en la respuesta a incidentes",
      "Revisar políticas de seguridad y permisos de acceso",
    ],
    skills: ["Redes y sistemas operativos", "Interés por la ciberseguridad", "Python"],
    categories: ["cybersecurity"],
    languages: [["es", "B2"], ["en", "B1"]],
    hosts: ["host-022", "host-024"],
    months: [4, 6],
  },
  {
    key: "es-08", language: "es", kind: "dot",
    title: "Prácticas Administración de Sistemas y Redes",
    description:
      "En {host} ({city}) colaborarás con el departamento de IT en el mantenimiento de servidores, redes y servicios " +
      "en la nube.",
    tasks: [
      "Instalar y mantener servidores Linux y Windows",
      "Configurar la red y los cortafuegos",
      "Gestionar las cuentas de usuario en el directorio activo",
      "Supervisar las copias de seguridad",
    ],
    skills: ["Linux o Windows Server", "Redes", "Scripting"],
    categories: ["it-systems"],
    languages: [["es", "B2"]],
    hosts: ["host-046", "host-024", "host-047"],
    workMode: "ON_SITE",
    months: [3, 6],
  },
  {
    key: "es-09", language: "es", kind: "non-dot",
    title: "Prácticas Recepción de Hotel",
    description:
      "En {host} ({city}) atenderás a nuestros huéspedes en la recepción, frente al mar.",
    tasks: [
      "Atender a los huéspedes en la recepción y gestionar entradas y salidas",
      "Atender llamadas y reservas por teléfono",
      "Resolver quejas y peticiones de los clientes",
      "Archivar documentación",
    ],
    skills: ["Atención al cliente", "Español e inglés", "Buena presencia"],
    categories: ["digital-marketing"],
    languages: [["es", "B2"], ["en", "B2"]],
    hosts: ["host-025"],
    workMode: "ON_SITE",
    months: [3, 6],
  },
  {
    key: "es-10", language: "es", kind: "non-dot",
    title: "Prácticas Atención al Cliente y Grabación de Datos",
    description:
      "En {host} ({city}) darás soporte al equipo de administración y atención al cliente.",
    tasks: [
      "Atender consultas de clientes por teléfono y correo electrónico",
      "Grabar pedidos y datos de clientes en hojas de Excel",
      "Archivar documentación y gestionar la agenda",
    ],
    skills: ["Excel", "Atención al cliente", "Organización"],
    categories: [],
    languages: [["es", "C1"]],
    hosts: ["host-025", "host-024", "host-023"],
    workMode: "ON_SITE",
    months: [2, 4],
  },
  {
    key: "es-11", language: "es", kind: "mixed",
    title: "Prácticas Gestión Hotelera Digital",
    description:
      "En {host} ({city}) combinarás la gestión online del hotel con la atención a los huéspedes.",
    tasks: [
      "Gestionar el channel manager y la web del hotel, y optimizar su posicionamiento SEO",
      "Analizar las reservas y la ocupación con Google Analytics",
      "Atender a los clientes en la recepción",
    ],
    skills: ["Interés por el turismo digital", "Español e inglés"],
    categories: ["digital-marketing"],
    languages: [["es", "B2"]],
    hosts: ["host-025"],
    months: [3, 6],
  },
];
