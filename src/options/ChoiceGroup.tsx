export interface Choice<T extends string> {
  value: T;
  label: string;
  hint: string;
}

export interface ChoiceGroupProps<T extends string> {
  name: string;
  legend: string;
  choices: readonly Choice<T>[];
  selected: T;
  onChange(value: T): void;
}

/** One of a few options: labelled radio buttons, each with a line on what it does. */
export function ChoiceGroup<T extends string>({ name, legend, choices, selected, onChange }: ChoiceGroupProps<T>) {
  return (
    <fieldset class="choices">
      <legend class="visually-hidden">{legend}</legend>
      {choices.map((choice) => {
        const id = `${name}-${choice.value}`;
        return (
          <div class="choice" key={choice.value}>
            <input
              id={id}
              type="radio"
              name={name}
              value={choice.value}
              checked={choice.value === selected}
              aria-describedby={`${id}-hint`}
              onChange={() => onChange(choice.value)}
            />
            <div>
              <label for={id}>{choice.label}</label>
              <div class="hint" id={`${id}-hint`}>
                {choice.hint}
              </div>
            </div>
          </div>
        );
      })}
    </fieldset>
  );
}
