/** Problems with an import, each with where it is (row and column, or place in the file) and what is wrong. */
import { type ImportProblem, problemIn } from '../../lib/transfer';
import { useLanguage } from '../i18n';

export function ProblemList({ problems }: { problems: readonly ImportProblem[] }) {
  const language = useLanguage();
  return (
    <ul class="rc-problems">
      {problems.map((item, index) => {
        const { where, message } = problemIn(language, item);
        return (
          // Problems have no identity beyond their place in the list, which never reorders.
          <li key={index}>
            {where !== '' && <strong class="rc-problems__where">{where}: </strong>}
            <span>{message}</span>
          </li>
        );
      })}
    </ul>
  );
}
