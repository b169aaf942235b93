import type { ToolStrings } from "../schema";

/** Words of the grant calculators; conditions, amounts and rule titles are in `rules.ts`. */
export const tools: ToolStrings = { title: "Tilskuddskalkulatorer", lead: "Regn ut og sjekk vilkår for tilskuddsordningene. Satser og frister hentes fra regelkatalogen.", places: "Antall plasser", months: "Antall måneder", calculate: "Regn ut", result: "Tilskudd", conditions: "Vilkår å sjekke", deadlinePassed: "Fristen er ute", lookup: "Finn kommunen (nummer fra 2022 eller i dag, eller navn)", search: "Søk", noMatch: "Fant ingen kommune.", notInTable: "Kommunen er ikke blant de ti som fikk tilskuddet.", amount: "Beløp" };
