// Spanish. Accents and ñ are folded (campaña = campana, análisis = analisis).
import type { Lexicon } from "../types";
import { BUSINESS_SYSTEMS, INFRASTRUCTURE_OBJECTS, OFFICE_TOOLS, SOCIAL_PLATFORMS, SUPPORT_CHANNELS } from "./tools";

export const es: Lexicon = {
  language: "es",
  categories: {
    "digital-marketing": {
      terms: [
        "gestión de redes sociales", "publicidad en redes sociales", "posicionamiento", "marketing online",
        "marketing en línea", "campaña* ... google|online|digital*|email|e-mail|redes_sociales|publicidad_en_línea",
        "analítica web", "boletín* ... electrónico*|digital*|clientes", "estrategia digital",
        "creación de contenido* ... redes|web|instagram|digital*", "publicidad online|digital",
      ],
      combos: [
        {
          tools: [...SOCIAL_PLATFORMS, "redes sociales"],
          actions: [
            "gestión", "gestionar", "gestiona*", "contenido*", "campaña*", "publicación*", "publicidad",
            "community", "estrategia*", "seguidores", "anuncios", "publicar",
          ],
        },
      ],
    },
    "digital-design": {
      terms: [
        "diseño de interfaces", "diseño ... interfaz|interfaces", "prototipado", "diseño* gráfico*",
        "modelado 3d", "modelado en 3d", "diseño asistido por ordenador", "diseño asistido por computadora",
        "animación digital", "animaciones digitales", "ilustración* digital*", "diseño web",
        "maquetación", "diseño* de logotipo*",
      ],
    },
    "software-development": {
      terms: [
        "programación", "programador*", "desarrollador*",
        "desarroll* ... aplicación*|aplicaciones|web|software|app|apps|api|script*|funcionalidad*|módulo*|página*_web|sitio*_web|herramienta*|plugin*|videojuego*",
        "pruebas de software", "pruebas unitarias", "código fuente", "escrib* ... código",
      ],
    },
    "it-systems": {
      terms: [
        "administración de sistemas", "administración ... servidor*|redes|sistema*|infraestructura*",
        "cuentas de usuario", "equipos informáticos", "incidencias informáticas", "configuración de equipos",
        "soporte a usuarios", "soporte informático", "soporte técnico informático",
        "infraestructura* ... nube|cloud|informática", "copias de seguridad",
      ],
      combos: [
        {
          tools: [...INFRASTRUCTURE_OBJECTS, "servidor*", "redes", "infraestructura*", "nube", "sistemas informáticos"],
          actions: [
            "instalación", "instal*", "mantenimiento", "manten*", "configur*", "administr*", "gestión",
            "monitoriz*", "supervis*", "migración", "migr*", "soporte", "despliegue",
          ],
        },
        { tools: BUSINESS_SYSTEMS, actions: ["configur*", "implant*", "implement*", "parametriz*"], window: 4 },
      ],
      exceptions: ["redes sociales", "red de contactos", "red comercial"],
    },
    cybersecurity: {
      terms: [
        "pruebas de penetración", "prueba de penetración", "vulnerabilidad*", "seguridad informática",
        "eventos de seguridad", "incidentes de seguridad", "respuesta a incidentes", "auditoría* de seguridad",
        "hacking ético", "seguridad de la información", "seguridad de redes",
      ],
    },
    "data-analytics": {
      terms: [
        "análisis de datos", "analiz* ... datos", "análisis ... datos", "cuadro* de mando",
        "análisis estadístico", "visualización ... datos|resultados", "minería de datos",
        "ciencia de datos", "limpieza de datos", "tablas dinámicas", "modelado de datos", "análisis de kpi*", "análisis de indicadores",
        "análisis de métricas",
      ],
    },
    "robotics-ai": {
      terms: [
        "inteligencia artificial", "aprendizaje automático", "aprendizaje profundo", "visión artificial",
        "visión por computador*", "entrenamiento ... modelo*|algoritmo*", "entrenar ... modelo*",
        "redes neuronales", "robots colaborativos", "robots industriales", "reconocimiento de imágenes",
      ],
    },
    "customer-support": {
      terms: [
        "atención al cliente", "atención ... cliente*|telefónica|llamada*", "atend* ... cliente*|llamada*|teléfono|recepción|público",
        "recepción", "reclamación*", "servicio al cliente", "quejas", "consultas de clientes",
        "respond* ... correo*|llamada*|cliente*|consulta*", "centralita",
      ],
      exceptions: ["recepción de mercancía*", "recepción de pedidos", "recepción de material*"],
      combos: [{ tools: [...SUPPORT_CHANNELS, "correo*", "teléfono", "telefónica"], actions: ["respond*", "contest*", "atend*", "gestión"], window: 5 }],
    },
    "order-fulfilment": {
      terms: [
        "preparación de pedidos", "embalaje", "envío* ... paquete*|pedido*", "almacén", "paquetería",
        "expedición* ... pedido*|paquete*|mercancía*", "recepción de mercancía*", "empaquet*",
      ],
    },
    "data-entry-office": {
      terms: [
        "introducción de datos", "introduc* ... datos|altas|facturas|pedidos|registros",
        "entrada de datos", "grabación de datos", "tareas administrativas", "gestión de la agenda",
        "agenda", "registro de facturas", "registr* ... factura*|pedido*|documento*", "archivo de documentación",
        "archivo", "mecanograf*", "corregir direcciones", "actualiz* ... base de datos|direcciones|fichas",
        "fotocopi*",
      ],
      combos: [{ tools: BUSINESS_SYSTEMS, actions: ["introduc*", "registr*", "actualiz*", "grabar"], window: 6 }],
    },
    "office-software": {
      combos: [
        {
          tools: [...OFFICE_TOOLS, "ordenador", "computadora", "hoja* de cálculo"],
          actions: [
            "uso", "usar", "utiliz*", "redact*", "elabor*", "prepar*", "actualiz*",
            "introduc*", "escrib*", "document*", "presentación*", "presentaciones", "tabla*",
          ],
          window: 6,
        },
        { tools: ["correo*", "e-mail*", "email*"], actions: ["enviar", "envío", "envi*", "redact*", "escrib*"], window: 3 },
      ],
    },
  },
  negationsBefore: ["no", "sin", "ni", "nunca", "ningún", "ninguna", "ninguno"],
  negationsAfter: ["no es necesari*", "no se requiere*", "no requerid*", "no necesari*", "no imprescindible", "no es imprescindible"],
  notNegations: ["no solo", "no sólo", "no solamente", "sin ánimo de lucro", "sin fines de lucro"],
};
