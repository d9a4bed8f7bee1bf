// Being built: see the issue (web app).
export default function ReportsPage() {
  return null;
}
