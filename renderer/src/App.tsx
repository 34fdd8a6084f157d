import { AppShell } from './features/shell/AppShell';

export function App() {
  return <AppShell />;
}
