using System.Buffers;
using System.Text;

// CA1309: string.Compare(a, b) is what EF translates to SQL "<"/">" (byte order on both databases).
#pragma warning disable CA1309

namespace Comptoir.Data.Records;

/// <summary>Prefix search as a range (col >= p AND col < next(p)), which both databases answer from an index.</summary>
public static class PrefixRange
{
    public static Expression<Func<T, bool>> StartsWith<T>(string column, string prefix) where T : class
    {
        var upper = Next(prefix);
        return r => string.Compare(EF.Property<string>(r, column), prefix) >= 0 && string.Compare(EF.Property<string>(r, column), upper) < 0;
    }

    /// <summary>The smallest string greater than every string starting with prefix.</summary>
    public static string Next(string prefix)
    {
        // Increment the last code point, not the last char: '\uffff' + 1 is NUL and '\ud7ff' + 1 a lone
        // surrogate, both of which PostgreSQL refuses (a 500). UTF-8 byte order is code point order.
        while (prefix.Length > 0)
        {
            var status = Rune.DecodeLastFromUtf16(prefix, out var last, out var length);
            var head = prefix[..^length];
            if (status == OperationStatus.Done && last.Value < 0x10FFFF)
                return head + new Rune(last.Value + 1 == 0xD800 ? 0xE000 : last.Value + 1).ToString();
            prefix = head; // no successor (U+10FFFF, a lone surrogate): bound by what precedes it
        }
        return "\U0010FFFF";
    }
}
