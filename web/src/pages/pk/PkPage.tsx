// Being built: see the issue (web app).
export default function PkPage() {
  return null;
}
