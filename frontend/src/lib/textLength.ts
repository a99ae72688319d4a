/**
 * Length as ConnectWise counts it: UTF-16 code units (.NET strings) of the trimmed value,
 * since the backend trims before sending (app/internal/connectwise CatalogItem.Validate).
 */
export const textLength = (value: string) => value.trim().length;
