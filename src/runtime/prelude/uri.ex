# URI: parsing with RFC 3986's regular expression (as Elixir 1.14's URI.parse/1 does), the
# default ports of well-known schemes, and URI.to_string/1. Inspect hides a nil :authority
# (a deprecated field) as Elixir's implementation does.
defmodule URI do
  defstruct [:scheme, :authority, :userinfo, :host, :port, :path, :query, :fragment]

  def default_port("ftp"), do: 21
  def default_port("sftp"), do: 22
  def default_port("tftp"), do: 69
  def default_port("http"), do: 80
  def default_port("https"), do: 443
  def default_port("ldap"), do: 389
  def default_port("ws"), do: 80
  def default_port("wss"), do: 443
  def default_port(scheme) when is_binary(scheme), do: nil

  def parse(%URI{} = uri), do: uri

  def parse(string) when is_binary(string) do
    regex = ~r{^(([a-z][a-z0-9\+\-\.]*):)?(//([^/?#]*))?([^?#]*)(\?([^#]*))?(#(.*))?}i
    parts = Regex.run(regex, string) |> tl() |> Enum.map(&nillify/1)
    [_, scheme, _, authority, path, _, query, _, fragment] = pad(parts, 9)
    scheme = scheme && String.downcase(scheme)
    {userinfo, host, port} = split_authority(authority)
    port = port || (scheme && default_port(scheme))

    %URI{
      scheme: scheme,
      authority: authority,
      userinfo: userinfo,
      host: host,
      port: port,
      path: path,
      query: query,
      fragment: fragment
    }
  end

  defp pad(parts, n) when length(parts) >= n, do: parts
  defp pad(parts, n), do: pad(parts ++ [nil], n)

  defp nillify(""), do: nil
  defp nillify(other), do: other

  defp split_authority(nil), do: {nil, nil, nil}

  defp split_authority(authority) do
    {userinfo, hostport} =
      case String.split(authority, "@", parts: 2) do
        [userinfo, hostport] -> {userinfo, hostport}
        [hostport] -> {nil, hostport}
      end

    case Regex.run(~r/^(.*?)(?::(\d*))?$/, hostport) do
      [_, host, port] when port != "" -> {userinfo, host, String.to_integer(port)}
      [_, host | _] -> {userinfo, host, nil}
    end
  end

  def to_string(%URI{} = uri) do
    IO.iodata_to_binary([
      if(uri.scheme, do: [uri.scheme, ":"], else: []),
      if(uri.host || uri.userinfo,
        do: [
          "//",
          if(uri.userinfo, do: [uri.userinfo, "@"], else: []),
          uri.host || "",
          if(uri.port && uri.port != default_port(uri.scheme || ""), do: [":", Integer.to_string(uri.port)], else: [])
        ],
        else: []
      ),
      uri.path || "",
      if(uri.query, do: ["?", uri.query], else: []),
      if(uri.fragment, do: ["#", uri.fragment], else: [])
    ])
  end
end

defimpl String.Chars, for: URI do
  def to_string(uri), do: URI.to_string(uri)
end
