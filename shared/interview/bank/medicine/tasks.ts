import type { Question } from '../../types';
import { concept, probe, question, saysWrong } from '../build';

const q = (spec: Parameters<typeof question>[1]) => question('medicine', spec);

export const MEDICINE_TASKS: readonly Question[] = [
  q({
    id: 'med.task.warfarin-clarithromycin',
    kind: 'practical',
    competency: 'pharmacotherapy',
    subSpecialties: ['pharmacology', 'internal-medicine'],
    text: 'An AI assistant was asked whether a patient stable on warfarin (INR 2.5) can take clarithromycin for pneumonia. It answered:\n\n> Yes. Clarithromycin is a macrolide antibiotic and has no clinically significant interaction with warfarin, so no extra monitoring is needed.\n\nIs this answer correct? Explain what is right or wrong and what it should have said.',
    concepts: [
      saysWrong('dangerous|unsafe'),
      concept(
        'mechanism',
        'CYP3A4 inhibition',
        'CYP3A4|CYP 3A4|cytochrome P450|P450|enzyme inhibitor|inhibits|inhibition|metabolism',
        { key: true },
      ),
      concept(
        'inr-bleeding',
        'raised INR and bleeding',
        'INR|bleeding|haemorrhage|hemorrhage|potentiates|anticoagulant effect',
        { key: true },
      ),
      concept(
        'monitoring',
        'INR monitoring',
        'monitor|monitoring|check the INR|recheck|3 to 5 days|closer monitoring',
      ),
      concept(
        'alternative',
        'alternatives',
        'alternative|doxycycline|amoxicillin|dose reduction|reduce the warfarin',
      ),
    ],
    probes: [
      probe('mechanism', "Why would clarithromycin change warfarin's effect?"),
      probe('monitoring', 'What should the answer have advised about monitoring?'),
    ],
  }),
  q({
    id: 'med.task.metformin-contrast',
    kind: 'practical',
    competency: 'pharmacotherapy',
    subSpecialties: ['internal-medicine', 'radiology'],
    text: 'An AI assistant answered a question about a patient on metformin who needs a CT scan with iodinated contrast:\n\n> Metformin must be stopped 48 hours before any contrast CT in all patients, and must not be restarted for a week afterwards.\n\nIs this correct? Explain what is right or wrong and what current guidance says.',
    concepts: [
      saysWrong('overcautious|outdated|not necessary|unnecessary'),
      concept(
        'egfr-threshold',
        'depends on eGFR below 30 or AKI',
        'eGFR|renal function|kidney function|below 30|less than 30|AKI|acute kidney injury',
        { key: true },
      ),
      concept(
        'continue',
        'most patients continue',
        'no need to stop|not need to stop|continue|normal renal function|most patients',
      ),
      concept(
        'lactic-acidosis',
        'the actual risk (lactic acidosis)',
        'lactic acidosis|contrast-induced nephropathy|contrast nephropathy|contrast-associated|nephropathy',
        { key: true },
      ),
      concept(
        'after',
        'hold 48 hours after, recheck renal function',
        '48 hours after|recheck renal function|recheck|restart|resume',
      ),
      concept(
        'guideline',
        'guidance source',
        'ACR|guideline|guidelines|RCR|American College of Radiology',
      ),
    ],
    probes: [
      probe('egfr-threshold', 'Which patients actually need metformin held around contrast?'),
    ],
  }),
  q({
    id: 'med.task.discharge-summary',
    kind: 'practical',
    competency: 'clinical-documentation',
    subSpecialties: ['clinical-coding', 'internal-medicine'],
    text: 'The ward note reads: *“72M admitted with community-acquired pneumonia. Background COPD, AF on apixaban. Day 2: new confusion, Na 124. Fluid restriction; Na 131 at discharge. Apixaban continued.”* An AI summarised it for the GP as:\n\n> 72-year-old man treated for pneumonia; uncomplicated course; discharged on usual medications.\n\nIs the summary adequate? What is missing or wrong?',
    concepts: [
      saysWrong('inadequate|not adequate|incomplete|omits|missing|leaves out'),
      concept(
        'hyponatraemia',
        'hyponatraemia omitted',
        'hyponatraemia|hyponatremia|sodium|124|low sodium|SIADH',
        { key: true },
      ),
      concept(
        'delirium',
        'confusion/delirium omitted',
        'confusion|delirium|acute confusion|encephalopathy',
        { key: true },
      ),
      concept(
        'not-uncomplicated',
        '“uncomplicated” is false',
        'not uncomplicated|complication|complicated',
      ),
      concept(
        'follow-up',
        'follow-up for the GP',
        'follow-up|follow up|recheck sodium|repeat sodium|GP|primary care|blood test',
      ),
      concept(
        'coding',
        'effect on coding',
        'coding|secondary diagnosis|comorbidity|code|E87.1|DRG|severity',
      ),
    ],
    probes: [probe('follow-up', 'What should the summary tell the GP to do after discharge?')],
  }),
];
