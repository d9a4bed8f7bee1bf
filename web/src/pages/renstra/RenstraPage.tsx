// Being built: see the issue (web app).
export default function RenstraPage() {
  return null;
}
