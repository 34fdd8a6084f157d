export const empty = {
  projects:
    'Projects matched to your expertise will appear here, with pay, requirements and why they match you.',
  queue: 'Tasks you accept appear here, grouped by project, with due dates and pay.',
  interview:
    'Your interview with the AI interviewer will happen here: questions, your answers, then scores with the evidence behind them.',
  earnings: 'Approved work, pending pay and statements will appear here once you complete tasks.',
};
