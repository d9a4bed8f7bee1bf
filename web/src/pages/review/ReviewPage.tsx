// Being built (issue 7).
export default function ReviewPage() {
  return null;
}
