#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

extension LocalizedText {
    /// The system's message for `errno` value `code`: `strerror(3)` in English, and in Chinese
    /// for the failures a user meets reading or writing a file (others give the code).
    public static func systemError(_ code: Int32) -> LocalizedText {
        let chinese = switch code {
        case ENOENT: "文件或文件夹不存在"
        case EACCES, EPERM: "没有权限"
        case EISDIR: "是一个文件夹"
        case ENOTDIR: "路径中有一部分不是文件夹"
        case ENAMETOOLONG: "文件名过长"
        case ELOOP: "符号链接层数过多"
        case EMFILE, ENFILE: "打开的文件过多"
        case ENOSPC: "磁盘空间不足"
        case EROFS: "文件系统只读"
        case EIO: "输入输出错误"
        case ENOMEM: "内存不足"
        default: "系统错误（错误码 \(code)）"
        }
        return LocalizedText(en: String(cString: strerror(code)), zh: chinese)
    }
}
