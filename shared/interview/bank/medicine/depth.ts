import type { Question } from '../../types';
import { concept, probe, question } from '../build';

const q = (spec: Parameters<typeof question>[1]) => question('medicine', spec);

export const MEDICINE_DEPTH: readonly Question[] = [
  q({
    id: 'med.depth.chest-pain',
    kind: 'depth',
    competency: 'clinical-reasoning',
    subSpecialties: ['emergency-medicine', 'cardiology'],
    text: 'A 58-year-old with diabetes had 40 minutes of central chest tightness, now settled. The first ECG is normal. How do you assess them and what do you do next?',
    concepts: [
      concept(
        'acs',
        'acute coronary syndrome',
        'acute coronary syndrome|ACS|NSTEMI|unstable angina|myocardial infarction|MI',
        { key: true },
      ),
      concept(
        'troponin',
        'serial troponin',
        'troponin|serial troponin|high-sensitivity troponin|hs-troponin|repeat troponin|delta',
        { key: true },
      ),
      concept(
        'serial-ecg',
        'serial ECGs',
        'repeat ECG|serial ECG|serial ECGs|repeat EKG|dynamic changes',
      ),
      concept(
        'risk-score',
        'risk stratification',
        'HEART score|TIMI|GRACE|risk score|risk stratification|risk stratify',
      ),
      concept(
        'differentials',
        'dangerous alternatives',
        'aortic dissection|pulmonary embolism|pericarditis|pneumothorax|oesophageal|esophageal',
      ),
      concept('diabetes', 'atypical presentation in diabetes', 'diabetes|diabetic|atypical|silent'),
      concept(
        'treatment',
        'initial treatment',
        'aspirin|antiplatelet|nitrate|GTN|nitroglycerin|admit|observation|cardiology',
      ),
    ],
    probes: [
      probe('troponin', 'Which blood tests would you use, and how would you time them?'),
      probe('differentials', 'Which dangerous non-cardiac causes would you also keep in mind?'),
    ],
  }),
  q({
    id: 'med.depth.sepsis',
    kind: 'depth',
    competency: 'clinical-reasoning',
    subSpecialties: ['emergency-medicine', 'internal-medicine'],
    text: 'How do you recognise and manage suspected sepsis in the first hour?',
    concepts: [
      concept(
        'recognition',
        'recognition tools',
        'qSOFA|SOFA|NEWS|NEWS2|lactate|hypotension|organ dysfunction|altered mental status|respiratory rate|SIRS',
        { key: true },
      ),
      concept('cultures', 'cultures first', 'blood cultures|cultures|before antibiotics'),
      concept(
        'antibiotics',
        'early antibiotics',
        'antibiotics|broad-spectrum|broad spectrum|within one hour|within an hour|within 1 hour|empirical|empiric',
        { key: true },
      ),
      concept(
        'fluids',
        'fluid resuscitation',
        'fluids|fluid resuscitation|crystalloid|30 ml/kg|bolus',
      ),
      concept(
        'escalation',
        'escalation',
        'vasopressor|vasopressors|noradrenaline|norepinephrine|ICU|critical care|mean arterial pressure|MAP',
      ),
      concept('source', 'source control', 'source control|source|drain|imaging|urine'),
    ],
    probes: [probe('antibiotics', 'When do antibiotics go in, and how do you choose them?')],
  }),
  q({
    id: 'med.depth.af-anticoagulation',
    kind: 'depth',
    competency: 'pharmacotherapy',
    subSpecialties: ['cardiology', 'pharmacology'],
    text: 'A 76-year-old woman has new atrial fibrillation, hypertension and an eGFR of 35. How do you decide on anticoagulation, and how do you choose the drug and dose?',
    concepts: [
      concept('stroke-risk', 'stroke risk score', 'CHA2DS2-VASc|CHA2DS2|CHADS|stroke risk', {
        key: true,
      }),
      concept('bleeding-risk', 'bleeding risk', 'HAS-BLED|bleeding risk|bleeding'),
      concept(
        'drug',
        'choice of anticoagulant',
        'DOAC|NOAC|apixaban|rivaroxaban|edoxaban|dabigatran|warfarin',
        { key: true },
      ),
      concept(
        'renal-dosing',
        'renal dosing',
        'renal|eGFR|creatinine clearance|CrCl|Cockcroft-Gault|dose adjustment|dose reduction|reduced dose',
        { key: true },
      ),
      concept(
        'dose-criteria',
        'dose-reduction criteria',
        'age 80|80 years|60 kg|weight|serum creatinine|two of three|2.5 mg|5 mg twice daily',
      ),
      concept('review', 'follow-up', 'monitor|review|annually|recheck|adherence|falls'),
    ],
    probes: [probe('renal-dosing', 'How does her kidney function affect the choice and the dose?')],
  }),
  q({
    id: 'med.depth.hyperkalaemia',
    kind: 'depth',
    competency: 'clinical-reasoning',
    subSpecialties: ['internal-medicine', 'emergency-medicine'],
    text: 'A patient on ramipril and spironolactone has a potassium of 6.8 mmol/L. What do you do, in what order, and why?',
    concepts: [
      concept(
        'ecg',
        'ECG and monitoring',
        'ECG|EKG|peaked T|tented T|QRS|cardiac monitoring|monitor',
        { key: true },
      ),
      concept(
        'stabilise',
        'membrane stabilisation with calcium',
        'calcium gluconate|calcium chloride|calcium|stabilise|stabilize|cardiac membrane',
        { key: true },
      ),
      concept('shift', 'shift into cells', 'insulin|dextrose|glucose|salbutamol|albuterol|shift'),
      concept(
        'remove',
        'remove potassium',
        'potassium binder|patiromer|sodium zirconium|Lokelma|dialysis|furosemide|loop diuretic|excretion',
      ),
      concept(
        'cause',
        'stop the causes',
        'stop ramipril|stop spironolactone|hold|ACE inhibitor|aldosterone antagonist|renal function|AKI|haemolysis|hemolysis|repeat sample',
        { key: true },
      ),
      concept(
        'safety',
        'glucose and potassium rechecks',
        'hypoglycaemia|hypoglycemia|check glucose|blood glucose|recheck potassium|repeat potassium',
      ),
    ],
    probes: [
      probe(
        'stabilise',
        'What is the first drug you give if the ECG shows changes, and what does it do?',
      ),
    ],
  }),
  q({
    id: 'med.depth.diabetes-ckd-coding',
    kind: 'depth',
    competency: 'clinical-documentation',
    subSpecialties: ['clinical-coding'],
    text: 'A discharge summary says “type 2 diabetes with diabetic chronic kidney disease stage 3a, on insulin”. How do you code it in ICD-10-CM, and what would you query the physician about?',
    concepts: [
      concept('combination', 'combination code E11.22', 'E11.22|combination code|E11.2', {
        key: true,
      }),
      concept('ckd-stage', 'CKD stage code N18.31', 'N18.31|N18.3|stage 3a', { key: true }),
      concept(
        'insulin',
        'long-term insulin Z79.4',
        'Z79.4|long-term use of insulin|long term insulin',
      ),
      concept(
        'sequencing',
        'sequencing notes',
        'sequence|sequencing|code first|use additional|principal',
      ),
      concept(
        'query',
        'what to query',
        'query|clarify|ask the physician|physician query|hypertension|I12|hypertensive',
      ),
    ],
    probes: [
      probe(
        'sequencing',
        'In what order do the codes go, and which instructional notes guide that?',
      ),
    ],
  }),
  q({
    id: 'med.depth.penicillin-allergy',
    kind: 'depth',
    competency: 'pharmacotherapy',
    subSpecialties: ['internal-medicine', 'pharmacology'],
    text: 'A patient with uncomplicated cystitis reports a “penicillin allergy” from childhood. How do you choose an antibiotic, and what do you ask about the allergy?',
    concepts: [
      concept(
        'allergy-history',
        'characterising the allergy',
        'what happened|rash|anaphylaxis|hives|urticaria|reaction|allergy history|type of reaction|delabel|de-label|de-labelling|allergy testing|skin test|oral challenge',
        { key: true },
      ),
      concept(
        'first-line',
        'first-line agents',
        'nitrofurantoin|fosfomycin|trimethoprim|TMP-SMX|trimethoprim-sulfamethoxazole|pivmecillinam',
        { key: true },
      ),
      concept(
        'resistance',
        'local resistance',
        'local resistance|resistance|antibiogram|guidelines|culture',
      ),
      concept('avoid-fq', 'avoid fluoroquinolones', 'fluoroquinolone|ciprofloxacin|reserve'),
      concept(
        'patient-factors',
        'renal function, duration, pregnancy',
        'eGFR|renal function|three days|3 days|5 days|five days|duration|pregnancy|pregnant',
      ),
    ],
    probes: [
      probe(
        'allergy-history',
        'What would you want to know about that childhood reaction, and why does it matter?',
      ),
    ],
  }),
  q({
    id: 'med.depth.phq9-item9',
    kind: 'depth',
    competency: 'clinical-reasoning',
    subSpecialties: ['psychiatry'],
    text: 'A patient scores 16 on the PHQ-9 and answers “1” on item 9. What do you do in that consultation?',
    concepts: [
      concept(
        'suicide-risk',
        'suicide risk assessment',
        'suicide|suicidal|self-harm|risk assessment|item 9|plan|intent|means',
        { key: true },
      ),
      concept('severity', 'severity', 'moderately severe|moderate|severity|PHQ-9'),
      concept(
        'safety-plan',
        'safety planning',
        'safety plan|safety planning|crisis line|crisis|988|emergency|follow-up|follow up|lethal means',
        { key: true },
      ),
      concept(
        'treatment',
        'treatment options',
        'SSRI|sertraline|escitalopram|psychotherapy|CBT|antidepressant|referral|refer',
      ),
      concept(
        'differential',
        'differential',
        'bipolar|mania|substance|alcohol|thyroid|medical causes',
      ),
    ],
    probes: [
      probe(
        'safety-plan',
        'If the risk is not immediate, how do you keep the patient safe until the next contact?',
      ),
    ],
  }),
];
