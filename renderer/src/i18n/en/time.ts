export const time = {
  title: 'Active time (reconciled by the platform)',
  reconciledHelp:
    'Measured only from your input and focus in a task. The platform removes overlaps between tasks and time outside a task’s window, and applies the project’s caps; each removal is listed.',
  task: 'Task',
  claimed: 'Measured here',
  payable: 'Counted',
  explain:
    'Counts while you type, point, scroll or select in this task; stops after {{minutes}} min without input, or when the window loses focus.',
  running: 'counting',
  paused: 'paused',
  stopped: 'stopped',
  pause: 'Pause clock',
  resume: 'Resume clock',
  trim: {
    invalid: 'Malformed intervals',
    'unknown-task': 'Not a task of yours',
    'before-task-start': 'Before you accepted the task',
    'after-receipt': 'Later than the platform received it',
    'after-submission': 'After you submitted',
    duplicate: 'Sent twice',
    overlap: 'Overlapping another task',
    'task-cap': 'Over the task’s cap',
    'day-cap': 'Over the daily cap',
  },
};
