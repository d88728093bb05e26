import Typography from '@tiptap/extension-typography'

/**
 * Smart quotes, em dashes, ellipses and ©/™/® as you type. The maths and arrow rules are off:
 * in news copy "2x3", "1/2" or "->" are usually meant literally.
 */
export const CopydeskTypography = Typography.configure({
  leftArrow: false,
  rightArrow: false,
  oneHalf: false,
  oneQuarter: false,
  threeQuarters: false,
  plusMinus: false,
  notEqual: false,
  laquo: false,
  raquo: false,
  multiplication: false,
  superscriptTwo: false,
  superscriptThree: false,
})
