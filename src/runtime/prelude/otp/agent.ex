# Agent: state behind a process, read and changed by sending it functions. It is a GenServer
# whose callbacks (Agent.Server) apply the functions to the state.
# https://hexdocs.pm/elixir/Agent.html
defmodule Agent do
  def start_link(fun, options \\ []) when is_function(fun, 0), do: GenServer.start_link(Agent.Server, fun, options)
  def start_link(module, fun, args, options \\ []), do: GenServer.start_link(Agent.Server, {module, fun, args}, options)
  def start(fun, options \\ []) when is_function(fun, 0), do: GenServer.start(Agent.Server, fun, options)

  def get(agent, fun, timeout \\ 5000), do: GenServer.call(agent, {:get, fun}, timeout)
  def get_and_update(agent, fun, timeout \\ 5000), do: GenServer.call(agent, {:get_and_update, fun}, timeout)
  def update(agent, fun, timeout \\ 5000), do: GenServer.call(agent, {:update, fun}, timeout)
  def cast(agent, fun), do: GenServer.cast(agent, {:cast, fun})
  def stop(agent, reason \\ :normal, timeout \\ :infinity), do: GenServer.stop(agent, reason, timeout)

  def child_spec(arg), do: %{id: Agent, start: {Agent, :start_link, [arg]}}
end

defmodule Agent.Server do
  @moduledoc false
  use GenServer

  def init(fun) when is_function(fun, 0), do: {:ok, fun.()}

  def init({module, fun, args}), do: {:ok, apply(module, fun, args)}

  def handle_call({:get, fun}, _from, state), do: {:reply, fun.(state), state}

  def handle_call({:get_and_update, fun}, _from, state) do
    case fun.(state) do
      {reply, state} -> {:reply, reply, state}
      other -> {:stop, {:bad_return_value, other}, state}
    end
  end

  def handle_call({:update, fun}, _from, state), do: {:reply, :ok, fun.(state)}

  def handle_cast({:cast, fun}, state), do: {:noreply, fun.(state)}
end
