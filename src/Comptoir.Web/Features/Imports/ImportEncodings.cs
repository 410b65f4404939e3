using System.Text;

namespace Comptoir.Web.Features.Imports;

/// <summary>
/// The encodings a file may be read in, and the one a file is in: a UTF-8 byte order mark, or bytes that are all valid
/// UTF-8, say UTF-8; anything else is what Excel writes on a French Windows, Windows-1252.
/// </summary>
public static class ImportEncodings
{
    public const string Utf8 = "utf-8", Windows1252 = "windows-1252", Latin1 = "iso-8859-1";
    public static readonly IReadOnlyList<string> Names = [Utf8, Windows1252, Latin1];

    static ImportEncodings() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static Encoding? Get(string name) => name.ToLowerInvariant() switch
    {
        Utf8 or "utf8" => new UTF8Encoding(false),
        Windows1252 or "cp1252" => Encoding.GetEncoding(1252),
        Latin1 or "latin1" or "latin-1" => Encoding.Latin1,
        _ => null,
    };

    /// <summary>The file's encoding, or why it is not a text file (a NUL byte: a spreadsheet, an image…), read to its end.</summary>
    public static async Task<(string? Encoding, string? Error)> DetectAsync(Stream stream, CancellationToken ct)
    {
        var decoder = new UTF8Encoding(false, throwOnInvalidBytes: true).GetDecoder();
        var bytes = new byte[64 * 1024];
        var chars = new char[bytes.Length + 4];
        var utf8 = true;
        var first = true;
        int read;
        while ((read = await stream.ReadAsync(bytes, ct)) > 0)
        {
            var span = bytes.AsSpan(0, read);
            if (span.IndexOf((byte)0) >= 0) return (null, ImportsText.T("Ce fichier n'est pas un fichier texte CSV (il contient des octets nuls) : enregistrez-le depuis votre tableur au format « CSV »."));
            if (first && span.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF])) return (Utf8, null);
            first = false;
            if (!utf8) continue;
            try
            {
                decoder.GetChars(span, chars, flush: false);
            }
            catch (DecoderFallbackException)
            {
                utf8 = false;
            }
        }
        return (utf8 ? Utf8 : Windows1252, null);
    }
}
