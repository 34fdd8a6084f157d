/** The shape of a dictionary with every string free to differ (another language). */
export type DeepStrings<T> = { [K in keyof T]: T[K] extends string ? string : DeepStrings<T[K]> };
