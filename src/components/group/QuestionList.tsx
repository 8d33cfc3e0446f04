// The questions to discuss, as a numbered list (the handout and the presentation's last part).
import type { Question } from '../../lib/group/handout';

export function QuestionList({ questions }: { questions: Question[] }) {
  return (
    <ol>
      {questions.map((q, i) => (
        <li key={i}>
          <strong>{q.tool}:</strong> {q.text}
        </li>
      ))}
    </ol>
  );
}
