using System.Globalization;
using Comptoir.Core.FieldTypes;

namespace Comptoir.Core.Tests.Support;

/// <summary>
/// Sets the (UI) culture for the rest of a test and restores it on dispose. xunit runs classes in
/// parallel, and culture flows per thread and async context, so each test sets its own.
/// </summary>
public sealed class Culture : IDisposable
{
    private readonly CultureInfo _culture = CultureInfo.CurrentCulture, _ui = CultureInfo.CurrentUICulture;

    private Culture(string name) =>
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(name);

    public static Culture Use(string name) => new(name);
    public static FormatContext Format(string name) => new(CultureInfo.GetCultureInfo(name));

    public void Dispose()
    {
        CultureInfo.CurrentCulture = _culture;
        CultureInfo.CurrentUICulture = _ui;
    }
}
