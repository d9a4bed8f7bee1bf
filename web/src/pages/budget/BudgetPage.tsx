// Being built: see the issue (web app).
export default function BudgetPage() {
  return null;
}
