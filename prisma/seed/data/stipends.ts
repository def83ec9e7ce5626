// Typical monthly trainee allowance by host country, in EUR (what hosts in that labour market
// usually pay trainees; EU/EEA rules on trainee pay differ by country). Variants scatter around it.
export const TYPICAL_STIPEND_EUR: Readonly<Record<string, number>> = {
  AT: 650, BE: 550, CH: 2000, DE: 700, DK: 900, ES: 500, FI: 800, FR: 650, GE: 300, GR: 400, IE: 800,
  IT: 500, LU: 800, MT: 500, NL: 600, NO: 1000, PL: 450, PT: 450, SE: 900, TR: 350, UA: 300, US: 1500,
  BG: 350, CY: 500, CZ: 500, EE: 600, HR: 400, HU: 450, LT: 500, LV: 450, RO: 400, SI: 550, SK: 450,
};
