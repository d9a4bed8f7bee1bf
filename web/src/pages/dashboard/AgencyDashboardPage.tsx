// Being built: see the issue (web app).
export default function AgencyDashboardPage() {
  return null;
}
