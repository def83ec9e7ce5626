// Short motivation letters and decision reasons. Motivations are written in the offer's language
// when the applicant speaks it well (B2 or better), otherwise in English.
// Placeholders: {title} (offer title), {host} (host name), {skill} (one of the applicant's skills).
export const MOTIVATIONS: Readonly<Record<string, readonly string[]>> = {
  en: [
    "I am applying for the {title} position because it matches what I want to learn next. In my studies I " +
      "worked with {skill}, and I would like to use it on real projects at {host}. I am available full-time for " +
      "the whole period.",
    "Dear {host} team, your offer caught my attention because of the mentoring and the variety of tasks. I have " +
      "experience with {skill} from university projects and I am eager to grow in a professional team abroad.",
    "A traineeship at {host} would be the ideal next step for me. I enjoy solving practical problems, I learn new " +
      "tools quickly and I already know {skill}. I would be happy to tell you more in an interview.",
  ],
  nl: [
    "Graag solliciteer ik naar de stage '{title}'. Tijdens mijn opleiding werkte ik met {skill} en ik wil die " +
      "kennis graag toepassen in echte projecten bij {host}.",
    "Beste team van {host}, jullie vacature spreekt me aan omdat ik veel wil leren in een professionele omgeving. " +
      "Ik heb ervaring met {skill} en ben de volledige periode voltijds beschikbaar.",
  ],
  da: [
    "Jeg søger praktikpladsen '{title}', fordi den passer godt til det, jeg gerne vil lære. Jeg har arbejdet med " +
      "{skill} på studiet og glæder mig til at bruge det hos {host}.",
  ],
  de: [
    "Hiermit bewerbe ich mich für das {title}. Im Studium habe ich mit {skill} gearbeitet und möchte diese " + "Kenntnisse bei {host} in der Praxis vertiefen.",
    "Sehr geehrtes Team von {host}, Ihr Angebot interessiert mich sehr, weil es Verantwortung und Betreuung " +
      "verbindet. Ich bringe Erfahrung mit {skill} mit und bin für den gesamten Zeitraum verfügbar.",
  ],
  fr: [
    "Je souhaite postuler au {title} car il correspond exactement à ce que je veux apprendre. J'ai déjà utilisé " +
      "{skill} lors de mes études et je serais ravi·e de mettre ces compétences au service de {host}.",
  ],
  es: [
    "Me gustaría realizar las {title} en {host}. Durante mis estudios he trabajado con {skill} y quiero aplicar " + "estos conocimientos en proyectos reales.",
  ],
};

export const APPLICATION_REJECTION_REASONS: readonly string[] = [
  "We selected a candidate whose experience matches the role more closely.",
  "The position has been filled.",
  "Your language level does not meet the requirement for this traineeship.",
  "Your availability does not match our planned start date.",
];

export const WITHDRAWAL_REASONS: readonly string[] = [
  "My study schedule changed and I can no longer start on the planned date.",
  "Personal reasons.",
  "I decided to do my traineeship closer to home.",
];

export const ACCEPTED_ELSEWHERE = "I accepted another traineeship offer.";

export const CANCELLATION_REASONS: readonly string[] = [
  "Cancelled at the trainee's request before the start.",
  "The host withdrew the traineeship after a reorganisation.",
];
