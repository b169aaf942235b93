import type { ToolStrings } from "../schema";

/** Words of the grant calculators; conditions, amounts and rule titles are in `rules.ts`. */
export const tools: ToolStrings = { title: "Grant calculators", lead: "Work out and check the conditions of the grant schemes. Rates and deadlines come from the rules catalog.", places: "Number of places", months: "Number of months", calculate: "Calculate", result: "Grant", conditions: "Conditions to check", deadlinePassed: "The deadline has passed", lookup: "Find the municipality (2022 or today's number, or name)", search: "Search", noMatch: "No municipality found.", notInTable: "The municipality is not one of the ten that received the grant.", amount: "Amount" };
