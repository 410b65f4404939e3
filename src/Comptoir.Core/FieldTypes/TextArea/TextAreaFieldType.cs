namespace Comptoir.Core.FieldTypes;

public sealed class TextAreaFieldType : TextFieldType
{
    public override string Name => "textarea";
    public override bool Sortable => false;
    public override int MaxLengthLimit => 10_000;
    public override int DefaultMaxLength => 2000;
}
