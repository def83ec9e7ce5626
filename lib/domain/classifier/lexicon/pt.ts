// Portuguese (lighter coverage). "sem" (without) is deliberately not a negation cue: it is also SEM,
// search engine marketing.
import type { Lexicon } from "../types";
import { INFRASTRUCTURE_OBJECTS, OFFICE_TOOLS, SOCIAL_PLATFORMS } from "./tools";

export const pt: Lexicon = {
  language: "pt",
  categories: {
    "digital-marketing": {
      terms: ["gestão ... redes sociais", "marketing digital", "campanhas ... online|digitais|redes_sociais", "posicionamento"],
      combos: [{ tools: [...SOCIAL_PLATFORMS, "redes sociais"], actions: ["gestão", "gerir", "campanha*", "conteúdo*", "publicaç*"] }],
    },
    "digital-design": { terms: ["design gráfico", "modelação 3d", "modelagem 3d", "design de interfaces"] },
    "software-development": {
      terms: ["desenvolvimento ... aplicaç*|software|web|site*|app|apps|api*", "programação", "programador*", "desenvolvedor*"],
    },
    "it-systems": {
      terms: ["administração ... sistemas|servidores|redes", "contas de utilizador*", "contas de usuário*"],
      combos: [{ tools: [...INFRASTRUCTURE_OBJECTS, "servidores", "redes"], actions: ["instala*", "configura*", "manutenção", "administra*", "gestão"] }],
      exceptions: ["redes sociais"],
    },
    cybersecurity: { terms: ["testes de intrusão", "vulnerabilidade*", "segurança informática", "cibersegurança"] },
    "data-analytics": { terms: ["análise de dados", "análise ... dados", "visualização de dados"] },
    "robotics-ai": { terms: ["inteligência artificial", "aprendizagem automática", "aprendizado de máquina", "treino ... modelos"] },
    "customer-support": { terms: ["atendimento ao cliente", "apoio ao cliente", "reclamações", "receção", "recepção"] },
    "order-fulfilment": { terms: ["armazém", "embalagem", "expedição ... encomendas", "preparação de encomendas"] },
    "data-entry-office": { terms: ["introdução de dados", "arquivo", "tarefas administrativas"] },
    "office-software": {
      combos: [{ tools: [...OFFICE_TOOLS, "computador"], actions: ["utiliz*", "usar", "redig*", "prepar*", "atualiz*"], window: 6 }],
    },
  },
  negationsBefore: ["não", "nenhum*", "nunca"],
  negationsAfter: ["não é necessári*", "não necessári*"],
  notNegations: ["não só", "não apenas", "sem fins lucrativos"],
};
