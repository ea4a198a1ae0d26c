/** OpenCC's traditional-to-simplified characters as opencc-js ships them: `繁 简|繁 简|…`. */
declare module 'opencc-js/dict/TSCharacters' {
	const dictionary: string;
	export default dictionary;
}
