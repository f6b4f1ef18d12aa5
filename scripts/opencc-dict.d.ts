// OpenCC's dictionaries as opencc-js ships them: "source target [target…]|…".
declare module 'opencc-js/dict/*' {
  const dict: string;
  export default dict;
}
