/// The CSS `font-family` list that pages and charts for people use: a Chinese sans-serif font
/// that each common system has, then the generic family. No font is embedded or fetched.
///
/// Windows has Microsoft YaHei (微软雅黑), macOS PingFang SC (苹方), Linux desktops Noto Sans
/// CJK SC, Source Han Sans SC or WenQuanYi Micro Hei; Latin text takes each font's own glyphs.
public enum FontStack {
    /// The list, for a CSS declaration or an SVG `font-family` attribute (single quotes, so it
    /// fits in a double-quoted attribute unescaped).
    public static let sansSerif = "'Microsoft YaHei', 'PingFang SC', 'Noto Sans CJK SC', 'Source Han Sans SC', "
        + "'WenQuanYi Micro Hei', sans-serif"
}
