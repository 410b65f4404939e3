using Comptoir.Core.Metadata;

namespace Comptoir.Core.FieldTypes;

public class TextFieldType : FieldType
{
    public override string Name => "text";
    public override bool HasLength => true;
    public override FieldResult Parse(FieldDefinition field, string text) => FieldResult.Ok(text);
}

public sealed class TextAreaFieldType : TextFieldType
{
    public override string Name => "textarea";
    public override string Editor => "TextArea";
    public override bool Sortable => false;
}
