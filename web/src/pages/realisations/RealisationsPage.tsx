// Being built: see the issue (web app).
export default function RealisationsPage() {
  return null;
}
