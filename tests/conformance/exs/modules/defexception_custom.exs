defmodule NotFoundError do
  defexception [:resource, message: "resource not found"]
end

defmodule ValidationError do
  defexception [:field]

  @impl true
  def message(%{field: f}), do: "invalid field: #{f}"
end

defmodule Main do
  def run do
    try do
      raise NotFoundError
    rescue
      e in NotFoundError -> IO.inspect({e.message, e.resource})
    end

    try do
      raise NotFoundError, resource: :user, message: "no user"
    rescue
      e -> IO.puts(Exception.message(e))
    end

    try do
      raise ValidationError, field: :email
    rescue
      e in [ValidationError] -> IO.puts(Exception.message(e))
    end
    IO.inspect(%NotFoundError{})
  end
end

Main.run()
