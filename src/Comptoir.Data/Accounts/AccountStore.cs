using System.Buffers;
using System.Linq.Expressions;
using System.Text;
using Comptoir.Core.Accounts;
using Comptoir.Core.Metadata;
using Comptoir.Core.Records;
using Comptoir.Data.Records;
using Comptoir.Data.Settings;

// CA1309: string.Compare(a, b) is what EF translates to SQL "<"/">" (byte order on both databases).
#pragma warning disable CA1309

namespace Comptoir.Data.Accounts;

public sealed class AccountStore(AppDbContext db, IModuleRegistry registry, IWriteGate gate, SettingsStore settings)
    : RecordStore<Account>(db, registry, gate, settings, AccountsModule.Name)
{
    /// <summary>
    /// One box finds an account by name prefix (accents and case ignored), number, SIRET (prefix,
    /// spaces ignored) or email; each branch seeks its own index.
    /// </summary>
    protected override Expression<Func<Account, bool>> SearchPredicate(string query)
    {
        var key = SearchKey.Fold(query);
        var upper = NextPrefix(key);
        var number = query.ToUpperInvariant();
        var digits = query.Replace(" ", "", StringComparison.Ordinal);
        var siret = digits.Length >= 3 && digits.All(char.IsAsciiDigit) ? digits : null;
        var siretUpper = siret is null ? null : NextPrefix(siret);
        var email = query.Contains('@', StringComparison.Ordinal) ? query.ToLowerInvariant() : null;

        return a => (string.Compare(a.NameKey, key) >= 0 && string.Compare(a.NameKey, upper) < 0)
                    || a.Number == number
                    || (siret != null && string.Compare(a.Siret, siret) >= 0 && string.Compare(a.Siret, siretUpper) < 0)
                    || (email != null && a.Email == email);
    }

    /// <summary>The smallest string greater than every string starting with prefix.</summary>
    private static string NextPrefix(string prefix)
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
