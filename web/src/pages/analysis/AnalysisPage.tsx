// Being built: see the issue (web app).
export default function AnalysisPage() {
  return null;
}
