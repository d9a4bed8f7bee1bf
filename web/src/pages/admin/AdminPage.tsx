// Being built: see the issue (web app).
export default function AdminPage() {
  return null;
}
