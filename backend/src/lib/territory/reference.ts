/**
 * The territory reference data shipped with the shop (see data/SOURCE.md for its origin and
 * licence), read as it stands on a given day in Algiers.
 */
import wilayasData from "./data/wilayas.json"
import communesData from "./data/communes.json"
import { algiersDate } from "@mj-chauffage/shop-kernel/time"
import { communesOn, wilayasOn, type Commune, type Wilaya } from "./divisions"

export const WILAYAS: Wilaya[] = wilayasData
export const COMMUNES: Commune[] = communesData

export const wilayasInEffect = (now: Date = new Date()) => wilayasOn(WILAYAS, algiersDate(now))
export const communesInEffect = (wilayaCode: string, now: Date = new Date()) => communesOn(COMMUNES, wilayaCode, algiersDate(now))
export const findWilaya = (code: string, now: Date = new Date()) => wilayasInEffect(now).find((wilaya) => wilaya.code === code)
