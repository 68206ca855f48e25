/** Where the Plan page lives; an objective opens beside the plan as `?objective=<id>`. */
export const planPath = '/plan';
export const objectivePath = (id: string) => `${planPath}?objective=${encodeURIComponent(id)}`;
