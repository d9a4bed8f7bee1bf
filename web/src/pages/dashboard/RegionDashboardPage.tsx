// Being built: see the issue (web app).
export default function RegionDashboardPage() {
  return null;
}
