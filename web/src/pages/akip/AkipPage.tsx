// Being built (issue 7).
export default function AkipPage() {
  return null;
}
