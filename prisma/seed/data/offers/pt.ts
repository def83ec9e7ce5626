import type { OfferText } from "./types";

// Portuguese offers (European Portuguese): a software house in Lisbon, a data consultancy in Porto
// and the polytechnic in Leiria.
export const PT_OFFERS: readonly OfferText[] = [
  {
    key: "pt-01",
    language: "pt",
    kind: "dot",
    title: "Estágio em Desenvolvimento de Software (.NET e Angular)",
    description:
      "Estamos a reforçar a equipa de desenvolvimento de {host} ({city}). Vais trabalhar em plataformas usadas " +
      "por milhares de pessoas, com um mentor que acompanha o teu trabalho desde o primeiro dia.",
    tasks: [
      "Desenvolver novas funcionalidades em C# (.NET) e Angular",
      "Criar e documentar APIs REST",
      "Escrever testes unitários e corrigir erros",
      "Participar nas reuniões diárias e nas revisões de código",
    ],
    skills: ["C#, Java ou JavaScript", "Bases de dados SQL", "Git", "Vontade de aprender"],
    categories: ["software-development"],
    languages: [
      ["pt", "B2"],
      ["en", "B1"],
    ],
    hosts: ["host-053", "host-030"],
    months: [3, 6],
  },
  {
    key: "pt-02",
    language: "pt",
    kind: "dot",
    title: "Estágio em Análise de Dados (Python e Power BI)",
    description:
      "Na {host} ajudamos os nossos clientes a tomar decisões com base em dados. Procuramos um/a " +
      "estagiário/a com gosto por números para o nosso escritório ({city}).",
    tasks: [
      "Recolher, limpar e analisar dados com Python e SQL",
      "Construir dashboards em Power BI para os clientes",
      "Desenvolver modelos simples de previsão de vendas",
      "Apresentar os resultados às equipas de negócio",
    ],
    skills: ["Python ou R", "SQL", "Estatística", "Power BI ou Tableau"],
    categories: ["data-analytics"],
    languages: [
      ["pt", "B2"],
      ["en", "B2"],
    ],
    hosts: ["host-054", "host-053"],
    months: [4, 6],
  },
  {
    key: "pt-03",
    language: "pt",
    kind: "dot",
    title: "Estágio em Administração de Sistemas e Redes",
    description:
      "Os Serviços de Informática do {host} ({city}) garantem que milhares de estudantes e docentes têm " +
      "sistemas a funcionar todos os dias. Junta-te à nossa equipa técnica.",
    tasks: [
      "Administrar servidores Linux e Windows Server",
      "Configurar e monitorizar equipamentos de rede e Wi-Fi",
      "Gerir contas de utilizadores e permissões no Active Directory",
      "Automatizar tarefas com scripts em Bash ou PowerShell",
      "Manter a documentação técnica atualizada",
    ],
    skills: ["Linux", "Redes TCP/IP", "Bash ou PowerShell"],
    categories: ["it-systems"],
    languages: [["pt", "B2"]],
    hosts: ["host-030"],
    workMode: "ON_SITE",
    months: [3, 6],
  },
  {
    key: "pt-04",
    language: "pt",
    kind: "dot",
    title: "Estágio em Design UX/UI",
    description:
      "Na {host} acreditamos que um bom produto começa por perceber quem o usa. No estágio vais desenhar " +
      "ecrãs e fluxos para aplicações móveis e web, com a nossa equipa de design ({city}).",
    tasks: [
      "Criar wireframes e protótipos interativos em Figma",
      "Desenhar interfaces para aplicações móveis e web",
      "Realizar testes de usabilidade com utilizadores",
      "Manter e evoluir o nosso design system",
    ],
    skills: ["Figma", "Portefólio de design", "Noções de acessibilidade"],
    categories: ["digital-design"],
    languages: [
      ["pt", "B2"],
      ["en", "B1"],
    ],
    hosts: ["host-053"],
    months: [4, 6],
  },
  {
    key: "pt-05",
    language: "pt",
    kind: "mixed",
    title: "Estágio em Comunicação Digital e Secretariado",
    description:
      "Procuramos alguém organizado e comunicativo para apoiar a nossa equipa ({city}) na comunicação online e " + "no dia a dia do secretariado da {host}.",
    tasks: [
      "Gerir as redes sociais e publicar conteúdos no site",
      "Preparar newsletters e analisar as estatísticas de abertura",
      "Atender o telefone e receber visitantes",
      "Organizar o arquivo e a agenda da direção",
    ],
    skills: ["Boa escrita em português", "Microsoft Office", "Simpatia e organização"],
    categories: ["digital-marketing"],
    languages: [["pt", "C1"]],
    hosts: ["host-054"],
    months: [3, 5],
  },
  {
    key: "pt-06",
    language: "pt",
    kind: "non-dot",
    title: "Estágio Administrativo (Faturação e Arquivo)",
    description: "Estágio no departamento administrativo da {host} ({city}). Ideal para quem gosta de rigor e de " + "trabalhar com documentos.",
    tasks: [
      "Emitir faturas e conferir recibos",
      "Lançar documentos no programa de contabilidade",
      "Organizar o arquivo físico",
      "Apoiar a receção no atendimento a fornecedores",
    ],
    skills: ["Excel", "Rigor", "Capacidade de organização"],
    categories: [],
    languages: [["pt", "B2"]],
    hosts: ["host-054", "host-053"],
    workMode: "ON_SITE",
    months: [2, 4],
  },
];
