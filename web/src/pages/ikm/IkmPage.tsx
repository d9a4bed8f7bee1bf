// Being built (issue 7).
export default function IkmPage() {
  return null;
}
