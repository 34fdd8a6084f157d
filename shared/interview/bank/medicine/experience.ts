import type { Question } from '../../types';
import { concept, probe, question } from '../build';

const q = (spec: Parameters<typeof question>[1]) => question('medicine', spec);

export const MEDICINE_EXPERIENCE: readonly Question[] = [
  q({
    id: 'med.exp.diagnostic-case',
    kind: 'experience',
    competency: 'clinical-reasoning',
    text: 'Walk me through a patient whose diagnosis was not obvious at first: how they presented, your differential, the tests you ordered and what settled it. (Leave out anything that could identify them.)',
    concepts: [
      concept(
        'presentation',
        'presentation',
        'presented|presentation|complained of|history|symptoms|chief complaint|came in with|year-old|year old',
        { key: true },
      ),
      concept(
        'differential',
        'differential diagnosis',
        'differential|differential diagnosis|ruled out|rule out|considered|possibilities',
        { key: true },
      ),
      concept(
        'investigations',
        'investigations',
        'ordered|CT|MRI|ultrasound|blood test|labs|troponin|ECG|EKG|culture|biopsy|x-ray|CBC|D-dimer|lumbar puncture',
      ),
      concept(
        'red-flags',
        'red flags',
        'red flag|red flags|concerning|worrying|unstable|sepsis|urgent|emergency',
      ),
      concept(
        'outcome',
        'outcome',
        'diagnosis was|confirmed|treated|outcome|recovered|discharged|admitted|referred',
      ),
      concept(
        'reflection',
        'reflection on reasoning',
        'in hindsight|learned|lesson|missed|anchoring|bias|would do differently',
      ),
    ],
    probes: [
      probe(
        'differential',
        'What else was on your differential at first, and how did you narrow it down?',
      ),
    ],
  }),
  q({
    id: 'med.exp.medication-problem',
    kind: 'experience',
    competency: 'pharmacotherapy',
    subSpecialties: ['pharmacology', 'internal-medicine'],
    text: 'Tell me about a time you caught or managed a medication problem: an interaction, a dosing error or an adverse reaction. What happened and what did you change?',
    concepts: [
      concept(
        'problem',
        'the medication problem',
        'interaction|adverse reaction|adverse drug reaction|dosing error|overdose|side effect|toxicity|allergy|contraindicated|contraindication',
        { key: true },
      ),
      concept(
        'mechanism',
        'mechanism',
        'CYP|CYP3A4|CYP2C9|renal|kidney function|eGFR|creatinine clearance|hepatic|QT|potassium|INR|level|levels',
      ),
      concept(
        'action',
        'what was done',
        'stopped|held|switched|reduced the dose|dose reduction|adjusted|monitored|discontinued|changed',
        { key: true },
      ),
      concept(
        'systems',
        'team and systems',
        'pharmacist|reported|incident report|reconciliation|medication reconciliation|protocol|alert|team',
      ),
      concept(
        'patient',
        'communication with the patient',
        'told the patient|explained|informed|disclosed|counselled|counseled',
      ),
    ],
    probes: [
      probe(
        'action',
        'What exactly did you do about it, and how did you monitor the patient afterwards?',
      ),
    ],
  }),
  q({
    id: 'med.exp.documentation',
    kind: 'experience',
    competency: 'clinical-documentation',
    subSpecialties: ['clinical-coding', 'internal-medicine'],
    text: 'Describe how you document a complex admission or consultation: what goes in the note, and how do you make sure the coding reflects it?',
    concepts: [
      concept(
        'structure',
        'note structure',
        'SOAP|subjective|objective|assessment and plan|assessment|plan|history of present illness|HPI|review of systems',
        { key: true },
      ),
      concept(
        'coding',
        'diagnosis coding',
        'ICD-10|ICD-10-CM|ICD|code|codes|coding|CPT|DRG|principal diagnosis|secondary diagnosis|comorbidity|comorbidities',
        { key: true },
      ),
      concept(
        'specificity',
        'specificity',
        'specificity|specific|laterality|acuity|acute|chronic|severity|with complications',
      ),
      concept(
        'necessity',
        'medical decision making',
        'medical necessity|justify|supports|rationale|decision making|MDM',
      ),
      concept(
        'integrity',
        'documentation integrity',
        'copy-paste|copy and paste|query|queries|audit|upcoding|accurate|accuracy',
      ),
    ],
    probes: [
      probe(
        'coding',
        'How does what you write in the note determine the diagnosis codes assigned?',
      ),
    ],
  }),
  q({
    id: 'med.exp.guideline-change',
    kind: 'experience',
    competency: 'clinical-reasoning',
    text: 'Describe a time a guideline or new evidence changed how you treat a common condition. What changed and how did you apply it?',
    concepts: [
      concept(
        'source',
        'the evidence source',
        'guideline|guidelines|trial|randomized|randomised|meta-analysis|evidence|NICE|AHA|ACC|ADA|USPSTF|ESC|IDSA|study',
        { key: true },
      ),
      concept(
        'change',
        'what changed in practice',
        'changed|switched|instead|no longer|started|stopped|threshold|target',
        { key: true },
      ),
      concept(
        'example',
        'a concrete therapy',
        'SGLT2|GLP-1|blood pressure target|statin|anticoagulation|DOAC|aspirin|antibiotic',
      ),
      concept(
        'selection',
        'patient selection',
        'eligible|contraindications|comorbidities|individualise|individualize|shared decision',
      ),
      concept(
        'appraisal',
        'critical appraisal',
        'number needed to treat|NNT|absolute risk|relative risk|mortality|endpoint|bias|population',
      ),
    ],
    probes: [
      probe('appraisal', 'How did you judge whether the evidence applied to your own patients?'),
    ],
  }),
];
