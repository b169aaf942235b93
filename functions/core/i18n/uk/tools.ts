import type { ToolStrings } from "../schema";

/** Words of the grant calculators; conditions, amounts and rule titles are in `rules.ts`. */
export const tools: ToolStrings = { title: "Калькулятори дотацій", lead: "Розрахуйте та перевірте умови програм дотацій. Ставки й строки беруться з каталогу правил.", places: "Кількість місць", months: "Кількість місяців", calculate: "Розрахувати", result: "Дотація", conditions: "Умови для перевірки", deadlinePassed: "Строк минув", lookup: "Знайдіть комуну (номер 2022 року чи сьогоднішній, або назва)", search: "Шукати", noMatch: "Комуну не знайдено.", notInTable: "Комуни немає серед десяти, що отримали дотацію.", amount: "Сума" };
