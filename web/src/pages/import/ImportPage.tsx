// Being built (issue 7).
export default function ImportPage() {
  return null;
}
