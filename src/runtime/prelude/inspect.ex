# The Inspect protocol's Elixir side. Terms are laid out by the :elixir_inspect natives; what
# runs here is the user's `defimpl Inspect` code, which natives cannot call: Kernel.inspect/2
# and IO.inspect/3 find the structs that have one, run it, and splice its text in.
#
# Documents of Inspect.Algebra are kept as flat strings: an implementation's output is exact
# whenever it fits on one line, which is what the width of 80 gives for the usual
# `#Name<...>` forms.
defmodule Inspect.Opts do
  defstruct base: :decimal,
            binaries: :infer,
            charlists: :infer,
            custom_options: [],
            limit: 50,
            pretty: false,
            printable_limit: 4096,
            safe: true,
            structs: true,
            syntax_colors: [],
            width: 80

  def new(%Inspect.Opts{} = opts), do: opts
  def new(opts) when is_list(opts), do: struct(Inspect.Opts, opts)

  @doc false
  def to_keyword(%Inspect.Opts{} = opts), do: :maps.to_list(:maps.remove(:__struct__, opts))
  def to_keyword(opts) when is_list(opts), do: opts
end

defmodule Inspect do
  def inspect(term, opts) do
    Inspect.Algebra.to_doc(term, Inspect.Opts.new(opts))
  end

  @doc false
  def custom_docs(structs, opts) do
    inspect_opts = Inspect.Opts.new(opts)

    Enum.map(structs, fn %{__struct__: module} = struct ->
      impl = :erlang.binary_to_atom("Elixir.Inspect." <> impl_suffix(module), :utf8)
      {struct, Inspect.Algebra.format(impl.inspect(struct, inspect_opts), :infinity) |> IO.iodata_to_binary()}
    end)
  end

  defp impl_suffix(module) do
    case :erlang.atom_to_binary(module, :utf8) do
      "Elixir." <> rest -> rest
      name -> name
    end
  end
end

defmodule Inspect.Any do
  # What @derive {Inspect, only: ...} or except: shows: the chosen fields, then "...".
  @doc false
  def inspect_fields(%{__struct__: module}, [], _opts), do: "#" <> Kernel.inspect(module) <> "<...>"

  def inspect_fields(%{__struct__: module} = struct, fields, opts) do
    keyword = Inspect.Opts.to_keyword(opts)
    shown = Enum.map(fields, fn field -> {field, Map.get(struct, field)} end)
    body = Kernel.inspect(shown, keyword)
    "#" <> Kernel.inspect(module) <> "<" <> binary_part(body, 1, byte_size(body) - 2) <> ", ...>"
  end
end

defmodule Inspect.Algebra do
  def empty, do: ""
  def string(string) when is_binary(string), do: string
  def concat(docs) when is_list(docs), do: IO.iodata_to_binary(Enum.map(docs, &flat/1))
  def concat(left, right), do: flat(left) <> flat(right)
  def glue(left, right), do: flat(left) <> " " <> flat(right)
  def glue(left, separator, right), do: flat(left) <> separator <> flat(right)
  def space(left, right), do: glue(left, right)
  def line, do: "\n"
  def line(left, right), do: flat(left) <> "\n" <> flat(right)
  def break(string \\ " "), do: string
  def flex_break(string \\ " "), do: string
  def flex_glue(left, right), do: glue(left, right)
  def flex_glue(left, separator, right), do: glue(left, separator, right)
  def nest(doc, _level, _mode \\ :always), do: flat(doc)
  def group(doc, _mode \\ :self), do: flat(doc)
  def force_unfit(doc), do: flat(doc)
  def next_break_fits(doc, _mode \\ :enabled), do: flat(doc)
  def collapse_lines(_max), do: ""
  def color(doc, _key, _opts), do: flat(doc)
  def format(doc, _width), do: flat(doc)
  def fold_doc([], _fun), do: ""
  def fold_doc([doc], _fun), do: flat(doc)
  def fold_doc([doc | docs], fun), do: flat(fun.(doc, fold_doc(docs, fun)))

  def to_doc(term, %Inspect.Opts{} = opts) do
    Kernel.inspect(term, Inspect.Opts.to_keyword(opts))
  end

  def container_doc(left, collection, right, inspect_opts, fun, opts \\ []) do
    separator = Keyword.get(opts, :separator, ",")

    case collection do
      [] ->
        flat(left) <> flat(right)

      _ ->
        items = Enum.map(collection, fn item -> flat(fun.(item, inspect_opts)) end)
        flat(left) <> Enum.join(items, separator <> " ") <> flat(right)
    end
  end

  defp flat(doc) when is_binary(doc), do: doc
  defp flat(doc) when is_list(doc), do: IO.iodata_to_binary(doc)
  defp flat(:doc_line), do: "\n"
  defp flat(:doc_nil), do: ""
end
